stub: upstream file of 6874 bytes
