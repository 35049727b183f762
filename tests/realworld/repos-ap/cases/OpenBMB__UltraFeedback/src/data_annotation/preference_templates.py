stub: upstream file of 13555 bytes
