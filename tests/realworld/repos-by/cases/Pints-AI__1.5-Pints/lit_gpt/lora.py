stub: upstream file of 32819 bytes
