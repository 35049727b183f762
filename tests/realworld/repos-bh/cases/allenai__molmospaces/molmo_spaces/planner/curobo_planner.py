stub: upstream file of 26728 bytes
