stub: upstream file of 23142 bytes
