stub: upstream file of 7866 bytes
