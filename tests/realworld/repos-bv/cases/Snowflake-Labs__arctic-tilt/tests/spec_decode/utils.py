stub: upstream file of 9866 bytes
