stub: upstream file of 10693 bytes
