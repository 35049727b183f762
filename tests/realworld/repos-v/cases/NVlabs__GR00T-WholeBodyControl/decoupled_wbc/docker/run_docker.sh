stub: upstream file of 15781 bytes
