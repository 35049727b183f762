stub: upstream file of 18234 bytes
