stub: upstream file of 14620 bytes
