stub: upstream file of 15866 bytes
