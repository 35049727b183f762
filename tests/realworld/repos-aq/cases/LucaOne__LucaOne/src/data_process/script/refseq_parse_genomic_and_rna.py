stub: upstream file of 10671 bytes
