stub: upstream file of 159181 bytes
