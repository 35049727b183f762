stub: upstream file of 18781 bytes
