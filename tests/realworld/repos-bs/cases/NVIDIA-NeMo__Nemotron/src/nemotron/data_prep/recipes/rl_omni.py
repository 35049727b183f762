stub: upstream file of 17874 bytes
