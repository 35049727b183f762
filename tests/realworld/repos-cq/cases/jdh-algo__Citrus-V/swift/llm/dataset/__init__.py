stub: upstream file of 866 bytes
