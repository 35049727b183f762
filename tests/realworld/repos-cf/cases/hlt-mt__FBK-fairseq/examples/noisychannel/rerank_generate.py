stub: upstream file of 14157 bytes
