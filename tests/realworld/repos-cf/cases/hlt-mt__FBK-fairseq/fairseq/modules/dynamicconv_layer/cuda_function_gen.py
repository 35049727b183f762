stub: upstream file of 6866 bytes
