stub: upstream file of 17851 bytes
