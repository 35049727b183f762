stub: upstream file of 12866 bytes
