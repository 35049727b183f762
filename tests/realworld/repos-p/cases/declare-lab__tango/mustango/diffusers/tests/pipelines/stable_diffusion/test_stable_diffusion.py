stub: upstream file of 40786 bytes
