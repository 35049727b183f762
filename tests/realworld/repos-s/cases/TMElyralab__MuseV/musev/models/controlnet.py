stub: upstream file of 14866 bytes
