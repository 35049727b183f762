stub: upstream file of 43866 bytes
