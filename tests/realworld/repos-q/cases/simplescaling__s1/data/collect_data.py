stub: upstream file of 68781 bytes
