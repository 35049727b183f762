stub: upstream file of 111778 bytes
