stub: upstream file of 13866 bytes
