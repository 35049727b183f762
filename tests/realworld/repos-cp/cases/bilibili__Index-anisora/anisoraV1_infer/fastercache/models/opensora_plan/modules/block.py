stub: upstream file of 489 bytes
