stub: upstream file of 28586 bytes
