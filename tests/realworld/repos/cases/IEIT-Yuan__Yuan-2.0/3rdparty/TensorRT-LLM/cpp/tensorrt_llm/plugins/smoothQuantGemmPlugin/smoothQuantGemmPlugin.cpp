stub: upstream file of 14036 bytes
