stub: upstream file of 11875 bytes
