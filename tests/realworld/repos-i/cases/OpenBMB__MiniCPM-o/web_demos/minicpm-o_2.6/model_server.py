stub: upstream file of 37849 bytes
