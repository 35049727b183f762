stub: upstream file of 10770 bytes
