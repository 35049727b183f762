stub: upstream file of 7613 bytes
