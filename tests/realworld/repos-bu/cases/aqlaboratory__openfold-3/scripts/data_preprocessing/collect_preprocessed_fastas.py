stub: upstream file of 2989 bytes
