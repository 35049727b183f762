stub: upstream file of 1866 bytes
