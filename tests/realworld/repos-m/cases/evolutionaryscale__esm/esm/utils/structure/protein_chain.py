stub: upstream file of 51866 bytes
