stub: upstream file of 14975 bytes
