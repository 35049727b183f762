stub: upstream file of 15125 bytes
