stub: upstream file of 19866 bytes
