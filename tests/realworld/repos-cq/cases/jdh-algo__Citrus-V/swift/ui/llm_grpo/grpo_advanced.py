stub: upstream file of 9782 bytes
