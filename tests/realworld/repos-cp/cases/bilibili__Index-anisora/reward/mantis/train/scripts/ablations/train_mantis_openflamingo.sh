stub: upstream file of 5866 bytes
