stub: upstream file of 507789 bytes
