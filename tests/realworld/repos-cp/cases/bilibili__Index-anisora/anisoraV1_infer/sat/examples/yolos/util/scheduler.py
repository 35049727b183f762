stub: upstream file of 9851 bytes
