stub: upstream file of 2866 bytes
