stub: upstream file of 11866 bytes
