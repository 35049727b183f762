stub: upstream file of 18125 bytes
