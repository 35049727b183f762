stub: upstream file of 64712 bytes
