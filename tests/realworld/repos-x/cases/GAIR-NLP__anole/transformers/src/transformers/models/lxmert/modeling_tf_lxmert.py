stub: upstream file of 72618 bytes
