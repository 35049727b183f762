stub: upstream file of 6685 bytes
