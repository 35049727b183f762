stub: upstream file of 26778 bytes
