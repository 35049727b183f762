stub: upstream file of 12941 bytes
