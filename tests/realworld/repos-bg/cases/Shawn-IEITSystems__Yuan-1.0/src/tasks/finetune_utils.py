stub: upstream file of 18709 bytes
