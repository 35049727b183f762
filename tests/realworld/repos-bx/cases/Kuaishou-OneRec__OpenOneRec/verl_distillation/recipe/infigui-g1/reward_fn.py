stub: upstream file of 12602 bytes
