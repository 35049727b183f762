stub: upstream file of 3866 bytes
